-- Every crm.clients.v1 event now looks up a client's handlings to watch a departed person's late-learned client
-- (WatchService.watchHandledClients): by client, not only by user.
create index client_handling_client on client_handling (client_id);
