import { useId } from 'react';
import { allRequestProfiles, isRequestProfileName } from '../../engine/index.ts';
import { useActions } from '../console/activity.tsx';
import { useIdpState } from '../console/use-idp-state.ts';

/** Which IdP the app behaves like; switching changes the shape of every later request. */
export function ProfileSwitch() {
  const id = useId();
  const { app } = useIdpState();
  const { run } = useActions();
  return (
    <div className="profile-switch">
      <label htmlFor={id}>IdP profile</label>
      <select
        id={id}
        value={app.requestProfile}
        onChange={(event) => {
          const profile = event.target.value;
          if (isRequestProfileName(profile)) void run({ type: 'setRequestProfile', profile });
        }}
      >
        {allRequestProfiles().map((profile) => (
          <option key={profile.name} value={profile.name}>
            {profile.label}
          </option>
        ))}
      </select>
    </div>
  );
}
