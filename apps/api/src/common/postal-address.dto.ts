import { ApiProperty } from '@nestjs/swagger';
import { UK_POSTCODE } from '@ipc/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';

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
