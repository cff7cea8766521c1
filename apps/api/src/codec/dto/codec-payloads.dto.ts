import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsObject, IsOptional, MaxLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';

const METADATA_KEYS = 16;
const METADATA_KEY_LENGTH = 100;
const METADATA_VALUE_LENGTH = 1_000;
/** More than any one payload of ours holds; the request's body limit comes first anyway. */
const DATA_LENGTH = 100_000;
const PAYLOADS = 500;

/** A payload's metadata as Temporal's JSON carries it: a few short keys, each value base64. */
function IsPayloadMetadata(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPayloadMetadata',
      target: target.constructor,
      propertyName,
      options: {
        message: `must map at most ${METADATA_KEYS} keys of up to ${METADATA_KEY_LENGTH} characters to base64 values`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          Object.entries(value).length <= METADATA_KEYS &&
          Object.entries(value).every(
            ([key, item]) =>
              key.length > 0 &&
              key.length <= METADATA_KEY_LENGTH &&
              typeof item === 'string' &&
              item.length <= METADATA_VALUE_LENGTH &&
              /^[A-Za-z0-9+/]*={0,2}$/.test(item),
          ),
      },
    });
}

/** One Temporal payload in the remote codec protocol's JSON: bytes as base64. */
export class CodecPayloadDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'byte', maxLength: METADATA_VALUE_LENGTH },
    maxProperties: METADATA_KEYS,
    description: 'Such as `encoding`, base64',
  })
  @IsObject()
  @IsPayloadMetadata()
  metadata!: Record<string, string>;

  @ApiPropertyOptional({ type: String, format: 'byte', maxLength: DATA_LENGTH })
  @IsOptional()
  @MaxLength(DATA_LENGTH)
  @IsBase64()
  data?: string;
}

/** The body of the codec server's `/decode`, and its answer. */
export class CodecPayloadsDto {
  @ApiProperty({ type: [CodecPayloadDto], maxItems: PAYLOADS })
  @NestedList(() => CodecPayloadDto, { max: PAYLOADS })
  payloads!: CodecPayloadDto[];
}
