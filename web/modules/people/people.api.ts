import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type {
  AddGrantInput,
  CreateUserInput,
  LoginInput,
  Me,
  Permission,
  UpdateUserInput,
  User,
} from '#contracts/people.ts';
import { api, setCsrfToken } from '#web/lib/api-client.ts';

// --- session -------------------------------------------------------------------------------

async function fetchMe(): Promise<Me> {
  const me = await api<Me>('/api/auth/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
  retry: false,
});

/** The signed-in user; the app layout has loaded it before any page renders. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

export function usePermission(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}

export async function login(input: LoginInput): Promise<Me> {
  const me = await api<Me>('/api/auth/login', { method: 'POST', body: input });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  await api<null>('/api/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

// --- users and grants ----------------------------------------------------------------------

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: ({ signal }) => api<{ users: User[] }>('/api/users', { signal }),
  select: (data) => data.users,
});

const createUser = (input: CreateUserInput) =>
  api<User>('/api/users', { method: 'POST', body: input });

const updateUser = ({ id, ...input }: UpdateUserInput & { id: string }) =>
  api<User>(`/api/users/${id}`, { method: 'PATCH', body: input });

const addGrant = ({ userId, ...input }: AddGrantInput & { userId: string }) =>
  api<User>(`/api/users/${userId}/grants`, { method: 'POST', body: input });

const revokeGrant = ({ userId, grantId }: { userId: string; grantId: string }) =>
  api<User>(`/api/users/${userId}/grants/${grantId}`, { method: 'DELETE' });

/** A mutation of one user whose answer (the user as it now is) replaces it in the list. */
function useUserMutation<Input>(mutationFn: (input: Input) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (user) => {
      queryClient.setQueryData<{ users: User[] }>(usersQuery.queryKey, (data) => {
        if (!data) return data;
        const exists = data.users.some((u) => u.id === user.id);
        return {
          users: exists
            ? data.users.map((u) => (u.id === user.id ? user : u))
            : [...data.users, user],
        };
      });
      // The signed-in user's own roles may have changed.
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
    onError: () => {
      // Whatever failed (a conflict above all), show the list as the server has it.
      void queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });
}

export const useCreateUser = () => useUserMutation(createUser);
export const useUpdateUser = () => useUserMutation(updateUser);
export const useAddGrant = () => useUserMutation(addGrant);
export const useRevokeGrant = () => useUserMutation(revokeGrant);
