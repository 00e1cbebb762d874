// Giving the team server a token when it asks for one to read: kept for the session, and
// the corpus and its facet index asked for again (their refused answers are dropped).
import { useQueryClient } from '@tanstack/react-query';
import { setTeamToken } from './server-fetch';

export function useTeamSignIn(): (token: string) => void {
  const client = useQueryClient();
  return (token) => {
    setTeamToken(token.trim() || null);
    void client.resetQueries({ queryKey: ['facet-file'] });
    void client.resetQueries({ queryKey: ['corpus'] });
  };
}
