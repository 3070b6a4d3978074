import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';

// Monaco asks for a worker per language; they are built beside this bundle (see build.mjs).
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'graphql' ? 'graphql' : label === 'json' ? 'json' : 'editor';
    return new Worker(`/graphiql/workers/${name}.worker.js`);
  },
};

const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.href).toString(),
  headers: { Accept: 'application/graphql-response+json, application/json' },
});

const defaultQuery = `# KnowledgeGraph: Mexico–US security cooperation.
# Ctrl+Enter runs the query; the Docs pane lists every type.
{
  institutions(first: 5, order: [{ name: ASC }]) {
    totalCount
    nodes {
      id
      name
      competencies { level competency { name } }
      memberOf { role mechanism { name } }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />,
);
