import { AxiosError, AxiosHeaders } from 'axios';
import { DeliveryError } from './delivery-channel';
import { notifyFailure } from './notify-channel';

function answered(status: number, errors: { error: string; message: string }[] = []): AxiosError {
  const config = { headers: new AxiosHeaders() };
  return new AxiosError('Request failed', 'ERR_BAD_RESPONSE', config, undefined, {
    status,
    statusText: '',
    headers: {},
    config,
    data: { errors, status_code: status },
  });
}

describe('notifyFailure', () => {
  it('should make a 400 permanent, keeping Notify’s error code and message', () => {
    const failure = notifyFailure(
      answered(400, [{ error: 'BadRequestError', message: 'Missing personalisation: due_date' }]),
    );
    expect(failure).toEqual(new DeliveryError('Notify 400 BadRequestError: Missing personalisation: due_date', true));
  });

  it.each([429, 500, 503])('should leave a %s worth retrying', (status) => {
    expect(notifyFailure(answered(status))).toMatchObject({ permanent: false });
  });

  it('should leave an unreachable Notify worth retrying', () => {
    const failure = notifyFailure(new AxiosError('timeout of 10000ms exceeded', 'ECONNABORTED'));
    expect(failure).toEqual(new DeliveryError('Notify unreachable: ECONNABORTED', false));
  });
});
