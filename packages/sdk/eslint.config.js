import base from '@scim/eslint-config/base';

export default [...base, { ignores: ['src/generated/**'] }];
