import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { QualityOfLifeRepository, type StoredQualityOfLifeMeasure } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { pick } from '../common/pick';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { QualityOfLifeDto } from './dto/quality-of-life.dto';
import { OutcomeMeasuresService } from './outcome-measures.service';

/** Taken at planning and at each review: from planning on. */
const MEASURED_STAGES = ['planning', 'plan-agreed', 'delivery'];

const measureView = (stored: StoredQualityOfLifeMeasure) =>
  pick(stored, ['id', 'instrument', 'version', 'score', 'stage', 'measuredOn', 'recordedBy']);

/** A person's quality-of-life scores by the site's instruments, each checked against its range. */
@Injectable()
export class QualityOfLifeService {
  constructor(
    @Inject(QualityOfLifeRepository) private readonly measures: Pick<QualityOfLifeRepository, 'record' | 'measuresOf'>,
    private readonly participants: ParticipantsService,
    private readonly settings: OutcomeMeasuresService,
  ) {}

  async record(staff: StaffMember, participantId: string, dto: QualityOfLifeDto) {
    const participant = await this.participants.findForStaff(staff, participantId);
    if (!MEASURED_STAGES.includes(participant.stage)) {
      throw problems.conflict(
        'not-in-planning',
        'Quality of life is measured from planning on',
        `the journey is ${participant.stage}`,
        {
          stage: participant.stage,
        },
      );
    }
    const { qualityOfLifeInstruments } = await this.settings.current(staff.siteId);
    const instrument = qualityOfLifeInstruments.find((configured) => configured.instrument === dto.instrument);
    if (!instrument) {
      const known = qualityOfLifeInstruments.map((configured) => configured.instrument).join(', ') || 'none';
      throw problems.validation([{ field: 'instrument', reason: `is not one of the site's instruments (${known})` }]);
    }
    if (dto.score < instrument.minimum || dto.score > instrument.maximum) {
      const reason = `must be from ${instrument.minimum} to ${instrument.maximum} for ${instrument.instrument}`;
      throw problems.validation([{ field: 'score', reason }]);
    }
    const measure = await this.measures.record({
      participantId,
      siteId: staff.siteId,
      instrument: instrument.instrument,
      version: instrument.version,
      score: dto.score,
      stage: participant.stage,
      measuredOn: dto.effectiveDate ?? todayInLondon(),
      recordedBy: staff.staffId,
    });
    return measureView(measure);
  }

  async list(staff: StaffMember, participantId: string) {
    await this.participants.findForStaff(staff, participantId);
    return { participantId, items: (await this.measures.measuresOf(participantId)).map(measureView) };
  }
}
