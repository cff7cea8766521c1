import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { EncryptionCodec } from '@ipc/temporal';
import type { Payload } from '@temporalio/common';
import { Access } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { problems } from '../problem/problem.exception';
import { type CodecPayloadDto, CodecPayloadsDto } from './dto/codec-payloads.dto';

const toBytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const toBase64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');

const payloadOf = ({ metadata, data }: CodecPayloadDto): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, toBytes(value)])),
  data: data === undefined ? undefined : toBytes(data),
});

const viewOf = (payload: Payload): CodecPayloadDto => ({
  metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, toBase64(value)])),
  data: toBase64(payload.data),
});

/**
 * A remote codec server for operators (Temporal's codec protocol, `/decode` only): the Temporal
 * CLI and Web UI send it the encrypted payloads of a history and show what it answers. Histories
 * hold ids, codes and dates only; even so, only an administrator may read them, and nothing can
 * be encrypted through it.
 */
@ApiTags('administration')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('admin/codec')
export class CodecController {
  private readonly codec: EncryptionCodec;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.codec = new EncryptionCodec(config.temporal.payloadKey);
  }

  @Post('decode')
  @HttpCode(200)
  @Access('decode-payloads')
  @ApiOperation({ summary: "Decrypt Temporal payloads written with this deployment's key (others come back as sent)" })
  @ApiOkResponse({ type: CodecPayloadsDto })
  @ApiProblems(400, 413, 415)
  async decode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    const decoded = await Promise.all(
      body.payloads.map(async (payload, index) => {
        try {
          const [plain] = await this.codec.decode([payloadOf(payload)]);
          return viewOf(plain);
        } catch {
          throw problems.validation([
            { field: `payloads[${index}].data`, reason: "cannot be decrypted with this deployment's payload key" },
          ]);
        }
      }),
    );
    return { payloads: decoded };
  }
}
