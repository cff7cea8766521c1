import { reminderKey, reminderRequestProblems, type RequestReminderInput } from './reminders';

const request = (overrides: Partial<RequestReminderInput> = {}): RequestReminderInput => ({
  recipientType: 'participant',
  recipientId: '6d7e2c1a-4a7b-4f57-9a43-0f7c1e2b9a10',
  siteId: 'site-a',
  purpose: 'review-due',
  dueDate: '2027-03-01',
  leadDays: 28,
  ...overrides,
});

describe('reminderKey', () => {
  it('should be the same for the same recipient, purpose, due date and lead time', () => {
    const own = request();
    expect(reminderKey(own)).toBe(reminderKey({ ...own, participantId: own.recipientId }));
  });

  it("should tell a coordinator's reminders about two people, or two carers, due the same day apart", () => {
    const coordinator = { recipientType: 'coordinator', recipientId: 'team-a' } as const;
    expect(reminderKey(request({ ...coordinator, participantId: 'p-1' }))).not.toBe(
      reminderKey(request({ ...coordinator, participantId: 'p-2' })),
    );
    expect(reminderKey(request({ ...coordinator, purpose: 'transition-due', carerId: 'c-1' }))).not.toBe(
      reminderKey(request({ ...coordinator, purpose: 'transition-due', carerId: 'c-2' })),
    );
  });

  it('should tell the 28-day and the 7-day reminder of one review apart', () => {
    expect(reminderKey(request({ leadDays: 28 }))).not.toBe(reminderKey(request({ leadDays: 7 })));
  });

  it('should tell two transitions due on the same day apart by their topic, and ignore the reminder date', () => {
    const schoolMove = request({ purpose: 'transition-due', topic: 'school-move' });
    const healthCheck = request({ purpose: 'transition-due', topic: 'annual-health-check' });
    expect(reminderKey(schoolMove)).not.toBe(reminderKey(healthCheck));
    expect(reminderKey({ ...schoolMove, remindOn: '2027-01-01' })).toBe(reminderKey(schoolMove));
  });

  it('should keep the keys of reminders without a topic as they were', () => {
    expect(reminderKey(request())).toBe('participant:6d7e2c1a-4a7b-4f57-9a43-0f7c1e2b9a10:review-due:2027-03-01:28');
  });
});

describe('reminderRequestProblems', () => {
  it('should accept a well-formed request, including an escalation after the due date', () => {
    expect(reminderRequestProblems(request())).toEqual([]);
    expect(reminderRequestProblems(request({ purpose: 'review-overdue-escalation', leadDays: -7 }))).toEqual([]);
  });

  it('should name each malformed field', () => {
    const problems = reminderRequestProblems(
      request({
        purpose: 'birthday' as never,
        dueDate: '2027-02-30',
        leadDays: 1.5,
        recipientId: 'a b',
        topic: 'School Move',
        remindOn: 'soon',
      }),
    );
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'recipientId',
      'purpose',
      'dueDate',
      'leadDays',
      'topic',
      'remindOn',
    ]);
  });
});
