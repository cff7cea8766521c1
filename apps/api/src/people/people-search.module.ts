import { Module } from '@nestjs/common';
import { PeopleSearchService } from './people-search.service';

/** Search over people's details, for the participants' and carers' list routes (which need nothing else of this feature). */
@Module({ providers: [PeopleSearchService], exports: [PeopleSearchService] })
export class PeopleSearchModule {}
