import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, tracingConfigured } from '@ipc/config';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { Client, Connection } from '@temporalio/client';
import { createDataConverter } from './data-converter';

/** One Temporal client per process, with the payload codec; closed at shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const connection = await Connection.connect({ address: config.temporal.address });
        return new Client({
          connection,
          namespace: config.temporal.namespace,
          dataConverter: createDataConverter(config.temporal.payloadKey),
          // A query answers from a running workflow only: an ended one is read from the record instead.
          workflow: { queryRejectCondition: 'NOT_OPEN' },
          // Starts, updates and queries as spans of the request that sent them, their context in the headers.
          interceptors: tracingConfigured() ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : {},
        });
      },
    },
  ],
  exports: [Client],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
