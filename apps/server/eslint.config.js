import base from '@scim/eslint-config/base';

export default [...base];
