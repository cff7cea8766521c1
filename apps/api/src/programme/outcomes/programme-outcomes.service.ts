import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type OutcomeFigures, outcomeFigures, outcomeMeasureSettings, SUPPRESSION_RULE } from '@ipc/domain';
import { OutcomeFiguresRepository, ProgrammeReadModelsRepository, SiteSettingsRepository } from '@ipc/persistence';
import { todayInLondon } from '../../common/calendar-date.validator';
import type { PeriodQuery } from '../dto/period.query';
import { type Period, resolvePeriod } from '../period';
import { SiteSettingsService } from '../site-settings.service';

export interface OutcomesReport extends OutcomeFigures {
  siteId: string;
  period: Period;
  suppression: { rule: string };
}

/** What the programme shows for the people in it: activation, outcomes, quality of life, crises, budgets. */
@Injectable()
export class ProgrammeOutcomesService {
  constructor(
    @Inject(OutcomeFiguresRepository) private readonly figures: Pick<OutcomeFiguresRepository, 'fold' | 'sums'>,
    @Inject(ProgrammeReadModelsRepository)
    private readonly readModels: Pick<ProgrammeReadModelsRepository, 'fold' | 'takeUp'>,
    @Inject(SiteSettingsRepository) private readonly measures: Pick<SiteSettingsRepository, 'outcomeMeasures'>,
    @Inject(SiteSettingsService) private readonly siteSettings: Pick<SiteSettingsService, 'current'>,
  ) {}

  async outcomes(staff: StaffMember, query: PeriodQuery): Promise<OutcomesReport> {
    const period = resolvePeriod(query, todayInLondon());
    await Promise.all([this.figures.fold(staff.siteId), this.readModels.fold('takeUp', staff.siteId)]);
    const [sums, takeUp, measures, settings] = await Promise.all([
      this.figures.sums(staff.siteId, period),
      this.readModels.takeUp(staff.siteId),
      this.measures.outcomeMeasures(staff.siteId),
      this.siteSettings.current(staff.siteId),
    ]);
    const { activationCohorts, qualityOfLifeInstruments } = outcomeMeasureSettings(measures);
    const figures = outcomeFigures(
      sums,
      {
        activationCohorts,
        instruments: qualityOfLifeInstruments.map(({ instrument }) => instrument),
        characteristics: settings.characteristics,
      },
      takeUp.filter(({ stage }) => stage === 'referred'),
    );
    return { siteId: staff.siteId, period, suppression: { rule: SUPPRESSION_RULE }, ...figures };
  }
}
