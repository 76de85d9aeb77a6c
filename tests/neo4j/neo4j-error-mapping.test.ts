/** How driver failures become the port's errors (no database needed: the driver's own error type is used). */
import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../server/store/neo4j/neo4j-executor';
import { InvalidArgumentError, StoreUnavailableError } from '../../server/errors/api-errors';

const uri = 'bolt://db.example:7687';
const map = (error: unknown) => mapDriverError({ error, uri, user: 'reader', what: 'list-sources' });
const driverError = (code: string, message = 'driver says no') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('mapDriverError', () => {
  it('says which URI rejected which user, in one line', () => {
    const error = map(
      driverError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.'),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('Neo4j at bolt://db.example:7687 rejected the credentials for user reader');
  });

  it('turns an unreachable server into StoreUnavailableError with the cause, not the driver essay', () => {
    const error = map(
      driverError(
        'ServiceUnavailable',
        'Failed to connect to server. Please ensure that your database is listening. Caused by: connect ECONNREFUSED 10.0.0.1:7687',
      ),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe(
      'Neo4j at bolt://db.example:7687 is unavailable (list-sources): connect ECONNREFUSED 10.0.0.1:7687',
    );
    expect(map(driverError('SessionExpired'))).toBeInstanceOf(StoreUnavailableError);
  });

  it('turns a transaction timeout into StoreUnavailableError naming the query', () => {
    const error = map(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('Neo4j at bolt://db.example:7687 timed out (list-sources)');
  });

  it('keeps errors of our own code (a rejected batch) as they are', () => {
    const invalid = new InvalidArgumentError('batch', 'claims[0]: no speaker');
    expect(map(invalid)).toBe(invalid);
  });

  it('reports other driver errors (query bugs) as plain errors naming the query', () => {
    const error = map(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input "MATC"\nline 2'));
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('Neo4j query list-sources failed: Invalid input "MATC"');
  });
});
