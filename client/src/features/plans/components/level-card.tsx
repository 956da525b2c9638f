import type { ReactNode } from 'react';

/** One monitoring level (context trend or implementation) in a card of a two-column row. */
export function LevelCard({ id, heading, level = 2, children }: { id: string; heading: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="col-12 col-md-6">
      <section className="card card-bg no-after psm-card h-100" aria-labelledby={id}>
        <div className="card-body">
          <Heading id={id} className="h5">
            {heading}
          </Heading>
          {children}
        </div>
      </section>
    </div>
  );
}
