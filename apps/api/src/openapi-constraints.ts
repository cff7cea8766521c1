import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

type Schema = Record<string, unknown>;

/** What each class-validator rule says in JSON Schema, applied to the property (or its items, `each`). */
const calendarDate = (schema: Schema) => {
  schema.format = 'date';
};

const RULES: Record<string, (schema: Schema, constraints: unknown[]) => void> = {
  isCalendarDate: calendarDate,
  isPastOrTodayDate: calendarDate,
  isInt: (schema) => {
    schema.type = 'integer';
  },
  isWholePence: (schema) => {
    schema.type = 'integer';
    schema.minimum ??= 0;
    schema.maximum ??= Number.MAX_SAFE_INTEGER;
  },
  min: (schema, [minimum]) => {
    schema.minimum = minimum;
  },
  max: (schema, [maximum]) => {
    schema.maximum = maximum;
  },
  isLength: (schema, [minLength, maxLength]) => {
    schema.minLength = minLength;
    if (maxLength !== undefined) schema.maxLength = maxLength;
  },
  minLength: (schema, [minLength]) => {
    schema.minLength = minLength;
  },
  maxLength: (schema, [maxLength]) => {
    schema.maxLength = maxLength;
  },
  matches: (schema, [pattern, modifiers]) => {
    const regex = pattern instanceof RegExp ? pattern : new RegExp(String(pattern), String(modifiers ?? ''));
    // JSON Schema patterns carry no flags: one that ignores case would say less than the server accepts.
    if (!regex.flags.replace('u', '')) schema.pattern = regex.source;
  },
  isIn: (schema, [values]) => {
    schema.enum = values;
  },
  arrayMinSize: (schema, [minItems]) => {
    schema.minItems = minItems;
  },
  arrayMaxSize: (schema, [maxItems]) => {
    schema.maxItems = maxItems;
  },
  arrayUnique: (schema) => {
    schema.uniqueItems = true;
  },
};

/** Every class with validation rules, by name: the names the OpenAPI document gives DTO schemas. */
function validatedClasses(): Map<string, ValidationMetadata[]> {
  // The storage keeps rules per class in a Map it does not expose; reading it is how the rules
  // and the document are kept from drifting apart without a compile-time plugin.
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<new () => object, ValidationMetadata[]>;
  };
  const byName = new Map<string, ValidationMetadata[]>();
  for (const [target, rules] of storage.validationMetadatas) {
    const inherited = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    byName.set(target.name, inherited.length ? inherited : rules);
  }
  return byName;
}

/**
 * The server's own constraints in the document: for every DTO schema, each property's integer
 * type, bounds, lengths, patterns and enums as its class-validator rules enforce them, so the
 * document can never promise less, or more, than validation does.
 */
export function applyValidationConstraints(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const [name, rules] of validatedClasses()) {
    const properties = schemas[name]?.properties as Record<string, Schema> | undefined;
    if (!properties) continue;
    for (const rule of rules) {
      const apply = RULES[rule.name ?? ''];
      const property = properties[rule.propertyName];
      if (!apply || !property || property.$ref || property.allOf) continue;
      const target = rule.each && property.items ? (property.items as Schema) : property;
      if (target.$ref) continue;
      apply(target, rule.constraints ?? []);
    }
  }
}
