import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { CarersService } from './carers.service';

@ApiTags('carers')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('participants')
export class ParticipantCarersController {
  constructor(private readonly carers: CarersService) {}

  @Get(':id/carers')
  @ApiOperation({ summary: "A person's carers: each one's kind, relationship, stage and next transition point" })
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string) {
    return this.carers.forParticipant(staff, participantId);
  }
}
