import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { StudyArmDto, StudyArmViewDto } from './dto/study-arm.dto';
import { StudyArmService } from './study-arm.service';

@ApiTags('evaluation')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/study-arm')
export class StudyArmController {
  constructor(private readonly arms: StudyArmService) {}

  @Audited('participant', 'study-arm')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "The person's arm in the evaluation (null when none is set)" })
  @ApiOkResponse({ type: StudyArmViewDto })
  @ApiProblems(404)
  current(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.arms.current(staff, id);
  }

  @Audited('participant', 'study-arm')
  @Put()
  @Access('change-record', 'participant')
  @Idempotent()
  @ApiOperation({ summary: "Sets the person's arm in the evaluation (null: none), shown in the evaluation extract" })
  @ApiOkResponse({ type: StudyArmViewDto })
  @ApiProblems(400, 404, 415, 422)
  assign(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: StudyArmDto) {
    return this.arms.assign(staff, id, dto);
  }
}
