import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { StatementsService } from './statements.service';

@ApiTags('budgets')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('participants/:id/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @ApiOperation({ summary: 'Individual Statements of Resources and annual statements, oldest first' })
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string) {
    return this.statements.list(staff, participantId);
  }

  @Get(':statementId')
  @ApiOperation({ summary: 'One statement as JSON' })
  find(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Param('statementId') statementId: string,
  ) {
    return this.statements.find(staff, participantId, statementId);
  }
}
