import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiClient } from '../api/api-client';
import { type Page, PAGE_SIZE, pageNumber } from '../api/page';
import { type ConsoleUser, isCareTeam } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import { isWorklistName, WORKLIST_TITLES } from './worklists';

/** A case as the caseload and worklist routes list it: ids, stage and dates, no names. */
export interface ListedCase {
  caseKind: 'participant' | 'carer';
  id: string;
  stage: string;
  stageEnteredOn: string;
  coordinatorId: string | null;
  connectorId: string | null;
  nextDueOn?: string | null;
  on?: string | null;
  detail?: string | null;
}

interface Worklists {
  teamId: string;
  asOf: string;
  worklists: { name: string; count: number }[];
}

/** The care team's home: their own caseload, and their team's worklists with how many each holds. */
@Controller()
export class CaseloadController {
  constructor(private readonly api: ApiClient) {}

  /** A programme lead's home is the dashboard. */
  @Get()
  async home(@SignedIn() user: ConsoleUser, @Query('page') page: unknown, @Res() response: Response) {
    if (!isCareTeam(user)) return response.redirect('/programme');
    const [caseload, worklists] = await Promise.all([
      this.api.get<Page<ListedCase>>(user, '/caseload', { page: pageNumber(page), pageSize: PAGE_SIZE }),
      this.api.get<Worklists>(user, `/teams/${encodeURIComponent(user.teamId)}/worklists`),
    ]);
    return response.render('home.njk', {
      title: 'Home',
      section: 'home',
      caseload,
      worklists: worklists.worklists.map((list) => ({
        ...list,
        title: isWorklistName(list.name) ? WORKLIST_TITLES[list.name].title : list.name,
      })),
      asOf: worklists.asOf,
      teamId: worklists.teamId,
    });
  }

  @Get('worklists/:name')
  async worklist(
    @SignedIn() user: ConsoleUser,
    @Param('name') name: string,
    @Query('page') page: unknown,
    @Res() response: Response,
  ) {
    if (!isWorklistName(name)) return response.status(404).render('not-found.njk', { title: 'Page not found' });
    const list = await this.api.get<Page<ListedCase>>(
      user,
      `/teams/${encodeURIComponent(user.teamId)}/worklists/${name}`,
      { page: pageNumber(page), pageSize: PAGE_SIZE },
    );
    return response.render('worklist.njk', {
      title: WORKLIST_TITLES[name].title,
      section: 'home',
      name,
      onLabel: WORKLIST_TITLES[name].on,
      list,
    });
  }
}
