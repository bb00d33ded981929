/** A refusal or failure next to what caused it; announced when it appears. */
export function ErrorText({ id, error }: { id?: string; error: string | undefined }) {
  return (
    <p id={id} className="error-text" role="alert">
      {error}
    </p>
  );
}
