import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { IsOmittable } from '../../common/http/omittable';

export const ROLES = ['admin', 'teacher', 'student'] as const;

export class CreateUserDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsIn(ROLES)
  role: (typeof ROLES)[number];

  /** Optional: lets the user log in with a password (at least 8 characters). */
  @IsOmittable()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;
}

export class ImportUsersDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CreateUserDto)
  users: CreateUserDto[];
}

export class ListUsersQueryDto extends PageQueryDto {
  @IsOmittable()
  @IsIn(ROLES)
  role?: (typeof ROLES)[number];
}

export class CreateTokenDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** Omit for a token that does not expire. */
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
