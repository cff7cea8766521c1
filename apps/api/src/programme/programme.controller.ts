import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { equalityCsv, projectionCsv, throughputCsv } from './csv/programme-csv';
import { outcomesCsv } from './csv/outcomes-csv';
import { ExportsCsv } from './csv/csv-export';
import { EqualityQuery } from './dto/equality.query';
import { EqualityReportDto, ProjectionReportDto, ThroughputReportDto } from './dto/programme-views.dto';
import { OutcomesReportDto } from './dto/outcomes-report.dto';
import { PeriodQuery } from './dto/period.query';
import { ProgrammeFiguresService } from './programme-figures.service';
import { ProgrammeOutcomesService } from './outcomes/programme-outcomes.service';

/** Figures for the staff member's site; never a single person's details. */
@ApiTags('programme')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('programme')
export class ProgrammeController {
  constructor(
    private readonly figures: ProgrammeFiguresService,
    private readonly outcomeFigures: ProgrammeOutcomesService,
  ) {}

  @Get('throughput')
  @Access('read-programme-figures')
  @ExportsCsv(throughputCsv, ThroughputReportDto)
  @ApiProblems(400)
  @ApiOperation({
    summary: 'People at each stage now; moves, conversion and time in each stage over a period; reviews; budgets',
  })
  throughput(@CurrentStaff() staff: StaffMember, @Query() query: PeriodQuery) {
    return this.figures.throughput(staff, query);
  }

  @Get('projection')
  @Access('read-programme-figures')
  @ExportsCsv(projectionCsv, ProjectionReportDto)
  @ApiOperation({ summary: "Actual against the programme's expected numbers per 1,000 of the site's population" })
  @ApiProblems(400)
  projection(@CurrentStaff() staff: StaffMember) {
    return this.figures.projection(staff);
  }

  @Get('equality')
  @Access('read-programme-figures')
  @ExportsCsv(equalityCsv, EqualityReportDto)
  @ApiProblems(400)
  @ApiOperation({ summary: 'Take-up at each stage by protected characteristic and cohort, small counts suppressed' })
  equality(@CurrentStaff() staff: StaffMember, @Query() query: EqualityQuery) {
    return this.figures.equality(staff, query);
  }

  @Get('outcomes')
  @Access('read-programme-figures')
  @ExportsCsv(outcomesCsv, OutcomesReportDto)
  @ApiProblems(400)
  @ApiOperation({
    summary:
      'Activation and quality-of-life change, plan outcomes achieved, crises per person-year before and after the plan, ' +
      'budget take-up by characteristic, spend against budget; small counts suppressed',
  })
  outcomes(@CurrentStaff() staff: StaffMember, @Query() query: PeriodQuery) {
    return this.outcomeFigures.outcomes(staff, query);
  }
}
