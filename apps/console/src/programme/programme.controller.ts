import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import { humanise } from '../views/formats';
import { barChart } from './stage-chart';

interface Throughput {
  period: { from: string; to: string; asOf: string };
  peopleNow: { stage: string; people: number }[];
  peopleNowTotal: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period from the query, passed on only when it is a date (the API says what else is wrong). */
function period(from: unknown, to: unknown) {
  return {
    from: typeof from === 'string' && ISO_DATE.test(from) ? from : undefined,
    to: typeof to === 'string' && ISO_DATE.test(to) ? to : undefined,
  };
}

/** The programme lead's dashboard: the site's figures, never one person. */
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async dashboard(
    @SignedIn() user: ConsoleUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res() response: Response,
  ) {
    const query = period(from, to);
    const throughput = await this.api.get<Throughput>(user, '/programme/throughput', query);
    const chart = barChart(
      throughput.peopleNow.map(({ stage, people }) => ({ label: humanise(stage), value: people })),
    );
    const csvQuery = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return response.render('programme.njk', {
      title: 'Programme dashboard',
      section: 'programme',
      throughput,
      chart,
      csvHref: `/programme/throughput.csv${csvQuery.size ? `?${csvQuery.toString()}` : ''}`,
    });
  }

  /** The API's CSV of the same figures, downloaded with the API's own file name. */
  @Get('throughput.csv')
  async throughputCsv(
    @SignedIn() user: ConsoleUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res() response: Response,
  ) {
    const file = await this.api.download(user, '/programme/throughput', 'text/csv', {
      ...period(from, to),
      format: 'csv',
    });
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.disposition ?? 'attachment; filename="throughput.csv"');
    response.send(file.body);
  }
}
