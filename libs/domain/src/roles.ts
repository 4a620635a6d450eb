export const ROLES = ['EMPLOYEE', 'CUSTOMER', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Managers and admins are employees too (docs/api.md#visibility). */
export const isEmployee = (role: Role): boolean => role !== 'CUSTOMER';
export const isManager = (role: Role): boolean => role === 'MANAGER' || role === 'ADMIN';
export const isAdmin = (role: Role): boolean => role === 'ADMIN';
