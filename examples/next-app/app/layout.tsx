import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import 'assessment-kit/styles.css';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'assessment-kit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav aria-label="Example">
          <Link href="/">Integrations</Link> · <Link href="/candidates/cand-01">Ava Chen</Link>
        </nav>
        <main>
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
