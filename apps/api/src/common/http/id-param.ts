import { Param, PipeTransform } from '@nestjs/common';
import { notFound } from '../errors/domain-error';
import { isUuid } from './uuid';

/** No row has an id that is not a UUID: such an id is reported like an unknown one. */
class RowIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw notFound(this.resource);
    return value;
  }
}

/** A path parameter holding the id of a `resource` row (a UUID); anything else is that resource's 404. */
export const IdParam = (resource: string, name = 'id'): ParameterDecorator =>
  Param(name, new RowIdPipe(resource));
