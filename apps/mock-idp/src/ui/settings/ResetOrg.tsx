import { useResetOrg } from '../console/idp-context.tsx';

/** Back to the demo org: the IdP side only; what the server holds stays. */
export function ResetOrg() {
  const reset = useResetOrg();
  return (
    <div className="panel">
      <h2>Reset</h2>
      <p>
        Forget this org, its provisioning state and its log, and start again from the demo org.
        Nothing is sent: the users and groups already in the SCIM server stay there, and assigning
        again finds and links them.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            if (window.confirm('Reset the org to the demo org? Its log is forgotten too.')) reset();
          }}
        >
          Reset to the demo org
        </button>
      </div>
    </div>
  );
}
