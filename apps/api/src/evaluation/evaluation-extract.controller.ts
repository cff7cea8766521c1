import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ExportsCsv } from '../programme/csv/csv-export';
import { EvaluationExtractDto } from './dto/evaluation-extract.dto';
import { evaluationExtractCsv } from './evaluation-extract.csv';
import { EvaluationExtractService } from './evaluation-extract.service';

@ApiTags('evaluation')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('programme/evaluation-extract')
export class EvaluationExtractController {
  constructor(private readonly extracts: EvaluationExtractService) {}

  /** Rows about people, pseudonymised: each export is an audit entry, as a list of people is. */
  @Audited('participant', 'evaluation-extract', 'none')
  @Get()
  @Access('export-evaluation-extract')
  @ExportsCsv(evaluationExtractCsv, EvaluationExtractDto)
  @ApiProblems(400, 409)
  @ApiOperation({
    summary: 'One pseudonymised row per person consenting to the evaluation: no names, hashed NHS number, months',
  })
  extract(@CurrentStaff() staff: StaffMember) {
    return this.extracts.extract(staff);
  }
}
