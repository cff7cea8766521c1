import { Controller, Get, Param, Query, Req, StreamableFile } from '@nestjs/common';
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
import type { Request } from 'express';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { problems } from '../problem/problem.exception';
import { renderDocumentPdf } from '../statements/render';
import { SubjectAccessDto } from './subject-access.dto';
import { subjectAccessDocument } from './subject-access-document';
import { SubjectAccessService } from './subject-access.service';

const FORMATS = ['json', 'pdf'] as const;

/** `?format=` wins (a link can carry it); otherwise Accept: application/pdf; JSON by default. */
function wantsPdf(format: string | undefined, accept = ''): boolean {
  if (format === undefined) return accept.includes('application/pdf');
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) {
    throw problems.validation([{ field: 'format', reason: 'must be one of json, pdf' }]);
  }
  return format === 'pdf';
}

@ApiTags('audit')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/subject-access')
export class SubjectAccessController {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Audited('participant', 'subject-access')
  @Get()
  @Access('export-subject-access', 'participant')
  @ApiOperation({ summary: 'Everything held on one person, as one JSON document or one PDF (subject access)' })
  @ApiExtraModels(SubjectAccessDto)
  @ApiOkResponse({
    description: 'JSON, or the same as a PDF to send the person',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SubjectAccessDto) } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiQuery({ name: 'format', enum: FORMATS, required: false })
  @ApiProblems(400, 404, 503)
  async export(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Req() request: Request,
    @Query('format') format?: string,
  ) {
    const pdf = wantsPdf(format, request.headers.accept);
    const held = await this.subjectAccess.export(staff, id);
    if (!pdf) return held;
    const document = await renderDocumentPdf(subjectAccessDocument(held), {
      largePrint: held.record.informationFormat === 'large-print',
      createdAt: new Date(held.generatedAt),
    });
    return new StreamableFile(document, {
      type: 'application/pdf',
      disposition: `attachment; filename="subject-access-${held.participantId}.pdf"`,
    });
  }
}
