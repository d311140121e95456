import { parseApiError } from './api-errors';

const FIELDS = ['username', 'unitId', 'identity.firstName', 'identity.dateOfBirth', 'phones', 'identity'];

describe('parseApiError', () => {
  it.each([
    ['username must be 3-64 characters', 'username'],
    ['unitId: a shelter_staff must belong to a unit of kind agency', 'unitId'],
    ['identity.dateOfBirth does not match the birth date in the ЕГН', 'identity.dateOfBirth'],
    ['identity.firstName must be longer than or equal to 1 characters', 'identity.firstName'],
    ['each of phones must be a phone number', 'phones'],
  ])('places %p under %p', (message, field) => {
    const parsed = parseApiError({ status: 400, error: { statusCode: 400, message: [message] } }, FIELDS);
    expect(parsed.fields).toEqual({ [field]: message });
    expect(parsed.messages).toEqual([]);
  });

  it('keeps messages that name no known field apart', () => {
    const parsed = parseApiError({ status: 400, error: { message: ['property foo should not exist'] } }, FIELDS);
    expect(parsed.fields).toEqual({});
    expect(parsed.messages).toEqual(['property foo should not exist']);
  });

  it('joins two messages about the same field', () => {
    const parsed = parseApiError({ status: 400, error: { message: ['username a', 'username b'] } }, FIELDS);
    expect(parsed.fields).toEqual({ username: 'username a username b' });
  });

  it('reads a conflict with a code and its data', () => {
    const body = {
      statusCode: 409,
      code: 'POSSIBLE_DUPLICATE',
      message: 'similar victim',
      existingCodes: ['V-2026-000001'],
    };
    const parsed = parseApiError({ status: 409, error: body }, FIELDS);
    expect(parsed).toMatchObject({ status: 409, code: 'POSSIBLE_DUPLICATE', messages: ['similar victim'], fields: {} });
    expect(parsed.body['existingCodes']).toEqual(['V-2026-000001']);
  });

  it('does not place conflict messages under fields', () => {
    const parsed = parseApiError({ status: 409, error: { message: 'username is already taken' } }, FIELDS);
    expect(parsed.fields).toEqual({});
    expect(parsed.messages).toEqual(['username is already taken']);
  });

  it.each([[null], [new Error('x')], [{ status: 0, error: { type: 'error' } }]])('survives %p', (error) => {
    const parsed = parseApiError(error, FIELDS);
    expect(parsed.messages).toEqual([]);
    expect(parsed.code).toBeNull();
  });
});
