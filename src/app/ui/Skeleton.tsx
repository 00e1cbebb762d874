export function Skeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">{label}</p>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}
