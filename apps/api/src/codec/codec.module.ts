import { Module } from '@nestjs/common';
import { CodecController } from './codec.controller';

/** The remote codec endpoint operators point the Temporal CLI and Web UI at. */
@Module({ controllers: [CodecController] })
export class CodecModule {}
