import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ExportsCsv } from '../programme/csv/csv-export';
import { dataReturnCsv } from './data-return.csv';
import { DataReturnService } from './data-return.service';
import { DataReturnDto } from './dto/data-return.dto';

/** The periodic data return: the site's counts for a quarter, never a single person's details. */
@ApiTags('programme')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('programme/returns')
export class ReturnsController {
  constructor(private readonly returns: DataReturnService) {}

  @Get(':quarter')
  @Access('read-programme-figures')
  @ExportsCsv(dataReturnCsv, DataReturnDto)
  @ApiParam({ name: 'quarter', example: '2026-Q3', description: 'A calendar quarter that has begun' })
  @ApiProblems(400)
  @ApiOperation({
    summary: "A quarter's data return: people identified, plans, budgets, carers, reviews on time, measures taken",
  })
  quarter(@CurrentStaff() staff: StaffMember, @Param('quarter') quarter: string) {
    return this.returns.quarter(staff, quarter);
  }
}
