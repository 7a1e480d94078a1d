// SPDX-License-Identifier: MIT
import React, { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The browser calls the backend directly, so the backend must allow this origin (CORS).
const backend = process.env.REACT_APP_BACKEND_URL || 'http://localhost:4567';

function App() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    fetch(`${backend}/api/activities/home`).then((r) => r.json()).then(setItems, () => setItems([]));
  }, []);
  return (
    <main>
      <h1>Cruddur</h1>
      <ul>{items.map((item) => <li key={item.uuid}>{item.handle}: {item.message}</li>)}</ul>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
