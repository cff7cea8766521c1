import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';

/** A UK postcode, with or without its space (GOV.UK Notify checks letters against the same). */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

export class PostalAddressDto {
  @ApiProperty({
    type: [String],
    example: ['Flat 2', '10 High Street', 'Leeds'],
    description: 'Two to six lines, without the postcode',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  lines!: string[];

  @ApiProperty({ example: 'LS1 4AB' })
  @Matches(UK_POSTCODE, { message: 'must be a UK postcode' })
  postcode!: string;
}
