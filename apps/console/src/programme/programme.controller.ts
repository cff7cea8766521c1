import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { JOURNEY_STAGES } from '@ipc/domain';
import type { Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import { dashboardCharts, FUNDER_NAMES, MEASURE_NAMES } from './dashboard-charts';
import {
  type EqualityReport,
  type OutcomesReport,
  PROGRAMME_REPORTS,
  type ProgrammeReportName,
  type ProjectionReport,
  type ThroughputReport,
} from './programme-reports';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Filters = { from?: string; to?: string; stage?: string };

/** The period and equality stage from the query, passed on only when well formed (the API says what else is wrong). */
function filtersOf(query: Record<string, unknown>): Filters {
  const date = (value: unknown) => (typeof value === 'string' && ISO_DATE.test(value) ? value : undefined);
  const stage = query.stage;
  return {
    from: date(query.from),
    to: date(query.to),
    stage: typeof stage === 'string' && (JOURNEY_STAGES as readonly string[]).includes(stage) ? stage : undefined,
  };
}

/** Which filters each report takes: the period for throughput and outcomes, the stage for equality, none for the projection. */
function queryFor(report: ProgrammeReportName, { from, to, stage }: Filters): Record<string, string | undefined> {
  if (report === 'throughput' || report === 'outcomes') return { from, to };
  if (report === 'equality') return { stage };
  return {};
}

function csvHref(report: ProgrammeReportName, filters: Filters): string {
  const query = new URLSearchParams(
    Object.entries(queryFor(report, filters)).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return `/programme/${report}.csv${query.size ? `?${query.toString()}` : ''}`;
}

/** The programme lead's dashboard: the site's figures, never one person. */
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async dashboard(@SignedIn() user: ConsoleUser, @Query() query: Record<string, unknown>, @Res() response: Response) {
    const filters = filtersOf(query);
    const [throughput, projection, equality, outcomes] = await Promise.all([
      this.api.get<ThroughputReport>(user, '/programme/throughput', queryFor('throughput', filters)),
      this.api.get<ProjectionReport>(user, '/programme/projection'),
      this.api.get<EqualityReport>(user, '/programme/equality', queryFor('equality', filters)),
      this.api.get<OutcomesReport>(user, '/programme/outcomes', queryFor('outcomes', filters)),
    ]);
    return response.render('programme.njk', {
      title: 'Programme dashboard',
      section: 'programme',
      throughput,
      projection,
      equality,
      outcomes,
      // Without a stage asked for, the API answers every stage: the first is shown.
      equalityStage: equality.stages[0],
      stages: JOURNEY_STAGES,
      chosenStage: filters.stage,
      charts: dashboardCharts(throughput, projection, outcomes),
      measureNames: MEASURE_NAMES,
      funderNames: FUNDER_NAMES,
      csv: Object.fromEntries(PROGRAMME_REPORTS.map((report) => [report, csvHref(report, filters)])),
    });
  }

  /** The API's CSV of a report, downloaded with the API's own file name. */
  @Get(':report.csv')
  async csv(
    @SignedIn() user: ConsoleUser,
    @Param('report') report: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ) {
    if (!(PROGRAMME_REPORTS as readonly string[]).includes(report)) throw new NotFoundException();
    const name = report as ProgrammeReportName;
    const file = await this.api.download(user, `/programme/${name}`, 'text/csv', {
      ...queryFor(name, filtersOf(query)),
      format: 'csv',
    });
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.disposition ?? `attachment; filename="${name}.csv"`);
    response.send(file.body);
  }
}
