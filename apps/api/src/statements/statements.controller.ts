import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import type { Request, Response } from 'express';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { problems } from '../problem/problem.exception';
import { renderStatementHtml, renderStatementPdf, type StatementView } from './render';
import { StatementDto, StatementSummaryDto } from './statement-views.dto';
import { StatementsService } from './statements.service';
import { Audited } from '../audit/audited.decorator';

const FORMATS = ['json', 'html', 'pdf'] as const;
type StatementFormat = (typeof FORMATS)[number];

/** `?format=` wins (a link a person can open); otherwise the Accept header; JSON by default. */
function chosenFormat(format: string | undefined, accept = ''): StatementFormat {
  if (format !== undefined) {
    if (!FORMATS.includes(format as StatementFormat)) {
      throw problems.validation([{ field: 'format', reason: 'must be one of json, html, pdf' }]);
    }
    return format as StatementFormat;
  }
  if (accept.includes('application/pdf')) return 'pdf';
  return accept.includes('text/html') ? 'html' : 'json';
}

@ApiTags('budgets')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Audited('participant', 'statements')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: 'Individual Statements of Resources and annual statements, oldest first' })
  @ApiOkResponse({ type: PageOf(StatementSummaryDto) })
  @ApiProblems(400, 404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Query() page: PageQuery) {
    return this.statements.list(staff, participantId, page);
  }

  @Audited('participant', 'statements')
  @Get(':statementId')
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "One statement as JSON, HTML or PDF; large print when that is the person's format" })
  @ApiOkResponse({
    description: 'JSON, or the statement to read and print as HTML or PDF',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(StatementDto) } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiExtraModels(StatementDto)
  @ApiProblems(400, 404)
  @ApiQuery({ name: 'format', enum: FORMATS, required: false })
  async find(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Param('statementId') statementId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query('format') format?: string,
  ) {
    // Read from the request rather than @Headers('accept'): OpenAPI describes Accept by the media
    // types of the answer, and a documented `accept` parameter would be a second, required one.
    const chosen = chosenFormat(format, request.headers.accept);
    const statement = await this.statements.find(staff, participantId, statementId);
    const view = statement.content as unknown as StatementView;
    const options = { largePrint: statement.largePrint };
    if (chosen === 'html') {
      response.type('text/html; charset=utf-8');
      return renderStatementHtml(view, options);
    }
    if (chosen === 'pdf') {
      return new StreamableFile(await renderStatementPdf(view, options), {
        type: 'application/pdf',
        disposition: `inline; filename="statement-${statement.issuedOn}.pdf"`,
      });
    }
    return statement;
  }
}
