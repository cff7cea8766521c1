import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

const pages = new Map<Type, Type>();

/** The one envelope every list answers with: a page of items and how many there are in all. */
export function PageOf<Item>(item: Type<Item>): Type {
  const known = pages.get(item);
  if (known) return known;
  class Page {
    @ApiProperty({ type: [item] })
    items!: Item[];

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
    pageSize!: number;

    @ApiProperty({ type: 'integer', minimum: 0 })
    total!: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  pages.set(item, Page);
  return Page;
}
