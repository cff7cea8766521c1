import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findOpenCases, isCaseOpen, type OpenCase, readCarerRecord, readJourneyRecord } from '../case-records';
import { ReviewsRepository } from '../reviews/reviews.repository';

/** What rebuilding a stranded case reads: which cases are open, and each one's record. */
@Injectable()
export class CaseRecoveryRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Every open case, of one site or all. */
  openCases(siteId?: string): Promise<OpenCase[]> {
    return findOpenCases(this.dataSource.manager, siteId);
  }

  /** True when the case is open, false when closed, undefined when there is no such case. */
  isOpen(kind: OpenCase['kind'], id: string) {
    return isCaseOpen(this.dataSource.manager, kind, id);
  }

  journeyRecord(participantId: string) {
    return readJourneyRecord(this.dataSource.manager, participantId);
  }

  carerRecord(carerId: string) {
    return readCarerRecord(this.dataSource.manager, carerId);
  }

  /** The site's review rules, which a rebuilt journey's review schedule follows. */
  reviewRules(siteId: string) {
    return new ReviewsRepository(this.dataSource).rules(siteId);
  }
}
