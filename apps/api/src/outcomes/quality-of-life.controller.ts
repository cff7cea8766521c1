import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { QualityOfLifeDto, QualityOfLifeListDto, QualityOfLifeViewDto } from './dto/quality-of-life.dto';
import { QualityOfLifeService } from './quality-of-life.service';

@ApiTags('outcomes')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/quality-of-life')
export class QualityOfLifeController {
  constructor(private readonly measures: QualityOfLifeService) {}

  @Audited('participant', 'quality-of-life')
  @Post()
  @Access('change-record', 'participant')
  @Idempotent()
  @ApiOperation({ summary: "A quality-of-life score by one of the site's instruments, at planning or a review" })
  @ApiCreatedResponse({ type: QualityOfLifeViewDto })
  @ApiProblems(400, 404, 409, 415, 422)
  record(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: QualityOfLifeDto) {
    return this.measures.record(staff, id, dto);
  }

  @Audited('participant', 'quality-of-life')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "The person's quality-of-life scores in the order they were taken" })
  @ApiOkResponse({ type: QualityOfLifeListDto })
  @ApiProblems(404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.measures.list(staff, id);
  }
}
