import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { measuresActivation, type OutcomeMeasureSettings, outcomeMeasureSettings } from '@ipc/domain';
import { SiteSettingsRepository } from '@ipc/persistence';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import { activationStep } from '../participants/journey.steps';
import { ParticipantsService } from '../participants/participants.service';
import type { ActivationDto } from '../participants/dto/activation.dto';
import { problems } from '../problem/problem.exception';
import type { OutcomeMeasuresDto } from './dto/outcome-measures.dto';

/** The site's outcome measures and the steps that record them on a journey. */
@Injectable()
export class OutcomeMeasuresService {
  constructor(
    @Inject(SiteSettingsRepository)
    private readonly settings: Pick<SiteSettingsRepository, 'outcomeMeasures' | 'saveOutcomeMeasures'>,
    private readonly participants: ParticipantsService,
    private readonly steps: CaseStepsService,
  ) {}

  async current(siteId: string): Promise<OutcomeMeasureSettings> {
    return outcomeMeasureSettings(await this.settings.outcomeMeasures(siteId));
  }

  async replace(staff: StaffMember, dto: OutcomeMeasuresDto): Promise<OutcomeMeasureSettings> {
    const instruments = dto.qualityOfLifeInstruments ?? [];
    const fieldProblems = instruments.flatMap(({ instrument, minimum, maximum }, index) => [
      ...(minimum < maximum
        ? []
        : [{ field: `qualityOfLifeInstruments[${index}].maximum`, reason: 'must be above the minimum' }]),
      // A measure names its instrument only: two ranges under one name would make its scores ambiguous.
      ...(instruments.findIndex((other) => other.instrument === instrument) < index
        ? [
            {
              field: `qualityOfLifeInstruments[${index}].instrument`,
              reason: 'is already listed: give each instrument once',
            },
          ]
        : []),
    ]);
    if (fieldProblems.length) throw problems.validation(fieldProblems);
    const qualityOfLifeInstruments = instruments.map(({ instrument, version, minimum, maximum }) => ({
      instrument,
      version,
      minimum,
      maximum,
    }));
    await this.settings.saveOutcomeMeasures(
      staff.siteId,
      { activationCohorts: dto.activationCohorts, qualityOfLifeInstruments },
      staff.staffId,
    );
    return this.current(staff.siteId);
  }

  /** A PAM score only for a cohort the site measures activation for; without one, the reason. */
  async recordActivation(staff: StaffMember, participantId: string, dto: ActivationDto, idempotencyKey: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    if (dto.score !== undefined && !measuresActivation(await this.current(staff.siteId), participant.cohort)) {
      throw problems.validation([
        {
          field: 'score',
          reason: `the site does not measure activation for ${participant.cohort}: give notMeasuredReason and planningSupport instead`,
        },
      ]);
    }
    return this.steps.send(journeyCase, staff, participantId, activationStep(dto), idempotencyKey);
  }
}
