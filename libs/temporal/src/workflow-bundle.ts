import { resolve } from 'node:path';
import { type BundleOptions, bundleWorkflowCode, DefaultLogger, type WorkerOptions } from '@temporalio/worker';

/** The bundle entry (.ts from source, .js from dist): the same relative place in both. */
const WORKFLOWS_ENTRY = require.resolve(resolve(__dirname, '../../../workflows/registry'));

/** Workflows may import only @temporalio/workflow and the domain; this lets webpack find the latter. */
const webpackConfigHook: NonNullable<BundleOptions['webpackConfigHook']> = (config) => {
  const domain = resolve(__dirname, '../../domain/src');
  return { ...config, resolve: { ...config.resolve, alias: { ...config.resolve?.alias, '@ipc/domain': domain } } };
};

type WorkflowCodeOptions = Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'>;

/** Worker options for the workflow code: a prebuilt bundle when given, otherwise bundled at start. */
export function workflowCodeOptions(bundlePath?: string): WorkflowCodeOptions {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath } };
  return { workflowsPath: WORKFLOWS_ENTRY, bundlerOptions: { webpackConfigHook } };
}

/** Bundles the workflow code once (for tests and deploys), so each worker start skips webpack. */
export async function bundleWorkflows(): Promise<string> {
  const logger = new DefaultLogger('WARN');
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_ENTRY, webpackConfigHook, logger });
  return code;
}
