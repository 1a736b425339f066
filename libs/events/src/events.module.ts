import { Global, Module } from '@nestjs/common';
import { PlatformEvents } from './platform-events';

@Global()
@Module({ providers: [PlatformEvents], exports: [PlatformEvents] })
export class EventsModule {}
