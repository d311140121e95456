import { registerConstraintMessages } from '@ibd/api/core';

registerConstraintMessages({
  beds_unit_code_key: 'A bed with this code already exists in the facility',
});
