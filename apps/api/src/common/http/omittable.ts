import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as null. `@IsOptional()` skips validation for null too,
 * which lets null through to columns that refuse it; here null is validated, and refused, like any
 * other wrong value. Fields where null means something (clear it) keep `@IsOptional()`.
 */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
