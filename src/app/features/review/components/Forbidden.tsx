/** What an editor sees on a supervisors' page: the server would refuse the data anyway. */
export function Forbidden({ message }: { message: string }) {
  return (
    <main id="main" className="mx-auto max-w-screen-2xl px-4 py-10 sm:px-6">
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">
        {message}
      </p>
    </main>
  );
}
