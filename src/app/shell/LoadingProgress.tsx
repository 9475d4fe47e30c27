import type { FileLoad } from '../../data/load/fetchDataset';

const STATE_TEXT: Record<FileLoad['state'], string> = { loading: 'loading…', done: 'loaded', failed: 'failed' };

/** Before the app opens: each file it is waiting for and how far it has got, so a slow network is visible. */
export function LoadingProgress({ files }: { files: readonly FileLoad[] }) {
  const settled = files.filter((f) => f.state !== 'loading').length;
  return (
    <div className="app">
      <header className="masthead">
        <div className="masthead__brand">
          <h1>Lapline</h1>
        </div>
      </header>
      <main className="main">
        <section className="panel loading" aria-labelledby="loading-heading">
          <h2 id="loading-heading">Loading the races…</h2>
          <progress max={Math.max(1, files.length)} value={settled} aria-labelledby="loading-heading" />{' '}
          <span className="muted">
            {settled} of {files.length} files
          </span>
          <ul className="loading__files">
            {files.map((f) => (
              <li key={f.key} className={`loading__file loading__file--${f.state}`}>
                {f.label}: {STATE_TEXT[f.state]}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
