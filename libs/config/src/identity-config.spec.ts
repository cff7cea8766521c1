import { DEV_ROLE_MAP, mapNationalRole } from './identity-config';

describe(mapNationalRole.name, () => {
  it('should take the first line whose job role and activity the selected role has', () => {
    expect(mapNationalRole(DEV_ROLE_MAP, { roleCode: 'S8000:G8000:R8000', activityCodes: ['B0825', 'B0264'] })).toBe(
      'budget-approver',
    );
    expect(mapNationalRole(DEV_ROLE_MAP, { roleCode: 'S8000:G8000:R8000', activityCodes: ['B0264'] })).toBe(
      'care-coordinator',
    );
    expect(mapNationalRole(DEV_ROLE_MAP, { roleCode: 'S8000:G8001:R8003', activityCodes: [] })).toBe(
      'community-connector',
    );
  });

  it('should map a role code no line names to nothing', () => {
    expect(mapNationalRole(DEV_ROLE_MAP, { roleCode: 'S8000:G8000:R9999', activityCodes: ['B0825'] })).toBeUndefined();
  });
});
