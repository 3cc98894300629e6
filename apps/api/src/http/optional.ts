import { IsOptional, ValidateIf } from 'class-validator';

/**
 * An optional field: absent is fine, but an explicit `null` is validated like any other value, so it is refused
 * with the field's own message (class-validator's IsOptional lets null through, which then reached the database
 * as a stored null the types never allowed, or as a NOT NULL violation).
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** An optional field where `null` is a value: it clears what was set (document it `nullable: true`). */
export const OptionalOrNull = () => IsOptional();
